// The end-to-end server's port: not 3000, so it never clashes with a dev server.
// DANSO_E2E_PORT lets two checkouts on one machine run their suites side by side.
export const E2E_PORT = Number(process.env.DANSO_E2E_PORT) || 3100;
