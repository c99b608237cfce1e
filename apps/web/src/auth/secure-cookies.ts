// Whether the session cookies are Secure: when the portal's public address (NEXTAUTH_URL, set
// by `pnpm start`) is HTTPS. next-auth then names them __Secure-next-auth.session-token and
// __Host-next-auth.csrf-token, which browsers accept only over HTTPS, so a cookie can never
// travel in clear text. Over plain HTTP (a workstation, the e2e tests) they could not be set
// at all, so there they stay ordinary (still HttpOnly and SameSite=Lax).
export function secureCookies(publicUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  return (publicUrl ?? "").trim().toLowerCase().startsWith("https://");
}
