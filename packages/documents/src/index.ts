// Printable and downloadable documents: reports and yearbooks as PDF, XLSX and CSV.
export {};
