/** The economy module's JSON API and the page of the co-financing parameters. */
package fi.livskraft.economy.web;
