// The report layer: one model, rendered for the console, JUnit XML and a self-contained HTML page.
export * from "./model.js";
export { createProgressPrinter, formatCaseLine, formatConsole, type ConsoleOptions, type ProgressPrinter } from "./console.js";
export { escapeXml, toJUnitXml } from "./junit.js";
export { escapeHtml, toHtml } from "./html.js";
export { ReportWriteError, toJson, writeReports, type WrittenReports } from "./write.js";
