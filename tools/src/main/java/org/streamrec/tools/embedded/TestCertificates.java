package org.streamrec.tools.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway certificate authority and a broker certificate it signed for 127.0.0.1, made with the
 * JDK's keytool (Java has no public API to sign a certificate): for a broker that speaks TLS in
 * tests and demos, never for production. The keystore password reaches keytool through its
 * environment, not its command line.
 */
final class TestCertificates {
    private static final String PASSWORD_VARIABLE = "STREAMREC_STOREPASS";
    private static final String SUBJECT_NAMES = "san=ip:127.0.0.1,dns:localhost";

    /**
     * @param caPem the CA's certificate, for clients to trust ({@code kafka.security.truststoreFile})
     * @param brokerKeystore PKCS12: the broker's key with its certificate chain up to the CA
     */
    record Files(Path caPem, Path brokerKeystore, String keystorePassword) {}

    private TestCertificates() {}

    static Files create(Path directory, String password) {
        Path ca = directory.resolve("ca.p12");
        Path broker = directory.resolve("broker.p12");
        Path request = directory.resolve("broker.csr");
        Path signed = directory.resolve("broker.pem");
        keytool(password, "-genkeypair", "-alias", "ca", "-dname", "CN=streamrec test CA", "-ext", "bc:c", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "7", "-storetype", "PKCS12", "-keystore", ca.toString(),
                "-storepass:env", PASSWORD_VARIABLE);
        keytool(password, "-genkeypair", "-alias", "broker", "-dname", "CN=127.0.0.1", "-ext", SUBJECT_NAMES, "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "7", "-storetype", "PKCS12", "-keystore", broker.toString(),
                "-storepass:env", PASSWORD_VARIABLE);
        keytool(password, "-certreq", "-alias", "broker", "-keystore", broker.toString(), "-storepass:env", PASSWORD_VARIABLE,
                "-file", request.toString());
        keytool(password, "-gencert", "-alias", "ca", "-keystore", ca.toString(), "-storepass:env", PASSWORD_VARIABLE,
                "-infile", request.toString(), "-outfile", signed.toString(), "-ext", SUBJECT_NAMES, "-validity", "7", "-rfc");
        try {
            Certificate caCertificate = load(ca, password).getCertificate("ca");
            Path caPem = directory.resolve("ca.pem");
            java.nio.file.Files.writeString(caPem, pem(caCertificate), StandardCharsets.US_ASCII);
            KeyStore brokerStore = load(broker, password);
            Key key = brokerStore.getKey("broker", password.toCharArray());
            Certificate brokerCertificate;
            try (InputStream in = java.nio.file.Files.newInputStream(signed)) {
                brokerCertificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
            brokerStore.setKeyEntry("broker", key, password.toCharArray(), new Certificate[] {brokerCertificate, caCertificate});
            try (OutputStream out = java.nio.file.Files.newOutputStream(broker)) {
                brokerStore.store(out, password.toCharArray());
            }
            return new Files(caPem, broker, password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test certificates in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot assemble the test certificates in " + directory, e);
        }
    }

    private static KeyStore load(Path file, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    private static String pem(Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static void keytool(String password, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.add("-noprompt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        try {
            Process process = builder.start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            process.getInputStream().transferTo(output);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
