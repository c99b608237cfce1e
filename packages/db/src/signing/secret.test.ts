// Where the signing secret comes from: its own setting, never the session secret, and by
// default a file outside the data folder created once with owner-only access.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureSigningSecret, readSigningSecret, requireSigningSecret, signingSecretFile } from "./secret.js";

const dirs: string[] = [];
const scratch = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), "danso-secret-"));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("the signing secret", () => {
  it("is never the session secret", () => {
    const env = { NEXTAUTH_SECRET: "session", XDG_CONFIG_HOME: scratch() };
    expect(readSigningSecret(env)).toBeNull();
    expect(() => requireSigningSecret(env)).toThrow(/DANSO_SIGNING_SECRET/);
  });

  it("lives in the user's configuration folder by default, apart from the data folder", () => {
    const config = scratch();
    expect(signingSecretFile({ XDG_CONFIG_HOME: config })).toBe(path.join(config, "danso", "signing-secret"));
    expect(signingSecretFile({ HOME: "/home/x" })).not.toMatch(/\.data/);
  });

  it("is created once, readable by its owner only, and kept across starts", () => {
    const env = { XDG_CONFIG_HOME: scratch() };
    const first = ensureSigningSecret(env);
    expect(first.created).toBe(signingSecretFile(env));
    expect(first.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(first.created!).mode & 0o777).toBe(0o600);
    expect(ensureSigningSecret(env)).toEqual({ secret: first.secret, created: null });
    expect(requireSigningSecret(env)).toBe(first.secret);
  });

  it("comes from DANSO_SIGNING_SECRET first, then from DANSO_SIGNING_SECRET_FILE", () => {
    const file = path.join(scratch(), "s");
    const fromFile = ensureSigningSecret({ DANSO_SIGNING_SECRET_FILE: file }).secret;
    expect(readSigningSecret({ DANSO_SIGNING_SECRET_FILE: file })).toBe(fromFile);
    expect(readSigningSecret({ DANSO_SIGNING_SECRET: "from-env", DANSO_SIGNING_SECRET_FILE: file })).toBe("from-env");
  });
});
