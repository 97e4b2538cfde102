/**
 * Demonstration data: a realistic, invented partnership centred on Swedish-language and bilingual
 * vocational education in Ostrobothnia, Uusimaa and Southwest Finland, with Finnish-language
 * neighbours, and one demo account per role (password {@code demo}). Loaded once, in one
 * transaction, at {@link fi.livskraft.common.StartupTask#DEMO_DATA}: on the embedded database when
 * {@code livskraft.demo-data=auto}, anywhere when {@code true}, never when {@code false}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demonstration data")
package fi.livskraft.demo;
