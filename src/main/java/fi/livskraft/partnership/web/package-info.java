/** Pages and JSON API of the partnership registry (internal to the module). */
package fi.livskraft.partnership.web;
