// The end-to-end server's port: not 3000, so it never clashes with a dev server.
export const E2E_PORT = 3100;
