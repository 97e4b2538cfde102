/**
 * Reference data for the coordinator: the history of every load and refresh of reference data
 * (which file, from which source, how many rows, when, by whom), and a page and API that run any
 * {@link fi.livskraft.common.ReferenceImporter} the modules provide on an uploaded file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package fi.livskraft.referencedata;
