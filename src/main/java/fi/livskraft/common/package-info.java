/**
 * Shared kernel: localized names, reference-file reading with precise errors, and the errors
 * that every module's pages and API report in the same way. Open to all modules.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Common",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fi.livskraft.common;
