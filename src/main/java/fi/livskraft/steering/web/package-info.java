/** Pages and JSON API of ownership steering. */
package fi.livskraft.steering.web;
