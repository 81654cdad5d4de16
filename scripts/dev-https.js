// The development server's https settings. Office only loads add-ins over https, so `npm start` serves
// https://localhost:3000 with the certificates of office-addin-dev-certs (~/.office-addin-dev-certs):
// - files present and valid for at least another day: used as they are (a CA you have trusted stays trusted);
// - else `office-addin-dev-certs install` makes them. Its last step, trusting the CA, needs administrator
//   rights (sudo on Linux, a prompt on Windows and macOS); when it fails the files are still used;
// - if no usable files come out of that, webpack-dev-server's own self-signed certificate is the fallback.
"use strict";
const { spawnSync } = require("node:child_process");
const { X509Certificate, createPrivateKey } = require("node:crypto");
const { existsSync, readFileSync } = require("node:fs");
const { homedir } = require("node:os");
const { join } = require("node:path");

const CERT_DIR = join(homedir(), ".office-addin-dev-certs");
const FILES = {
  ca: join(CERT_DIR, "ca.crt"),
  cert: join(CERT_DIR, "localhost.crt"),
  key: join(CERT_DIR, "localhost.key"),
};
const DAY_MS = 24 * 60 * 60 * 1000;

/** The certificate files' contents when they exist, belong together and stay valid for a day; else null. */
function readUsableCertificates() {
  if (!Object.values(FILES).every((file) => existsSync(file))) return null;
  try {
    const ca = readFileSync(FILES.ca);
    const cert = readFileSync(FILES.cert);
    const key = readFileSync(FILES.key);
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) < Date.now() + DAY_MS) return null;
    if (!x509.checkPrivateKey(createPrivateKey(key))) return null;
    if (!x509.checkHost("localhost")) return null;
    return { ca, cert, key };
  } catch {
    return null;
  }
}

function runDevCertsInstall() {
  const cli = require.resolve("office-addin-dev-certs/cli.js");
  // Making the certificates takes about a second; give up after 30 (it has been seen to spin forever when the
  // home directory is not writable).
  const run = spawnSync(process.execPath, [cli, "install"], { encoding: "utf8", timeout: 30_000 });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim();
  return run.error ? `${output}\n${run.error.message}`.trim() : output;
}

/**
 * The `server` option for webpack-dev-server, and a line saying which certificate it uses (Swedish, English
 * in brackets).
 */
function devHttpsServer() {
  let certificates = readUsableCertificates();
  let installOutput = "";
  if (certificates === null) {
    installOutput = runDevCertsInstall();
    certificates = readUsableCertificates();
  }
  if (certificates !== null) {
    const trustFailed = /Unable to install the CA certificate/.test(installOutput);
    return {
      server: { type: "https", options: certificates },
      description:
        `HTTPS-certifikat från office-addin-dev-certs: ${CERT_DIR} (certificate from office-addin-dev-certs)` +
        (trustFailed
          ? `\n  Certifikatutfärdaren kunde inte göras betrodd utan administratörsrätt: lita på ${FILES.ca} själv` +
            ` (the CA could not be trusted without admin rights: trust ${FILES.ca} yourself)`
          : ""),
    };
  }
  return {
    server: "https",
    description:
      "HTTPS-certifikat: webpack-dev-servers eget självsignerade, webbläsaren och Excel litar inte på det " +
      "(webpack-dev-server's self-signed certificate: not trusted by browsers or Excel)" +
      (installOutput ? `\n  office-addin-dev-certs: ${installOutput.split("\n").join("\n  ")}` : ""),
  };
}

module.exports = { devHttpsServer, CERT_DIR };
