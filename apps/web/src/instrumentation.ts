// Runs once when the server starts: stamps every request with its connection's address
// (auth/peer-stamp.ts), which route handlers cannot see otherwise.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerStamp } = await import("./auth/peer-stamp");
    installPeerStamp();
  }
}
