package dev.xtp4j.benchmarks.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;

/**
 * Checks that each side runs what the results claim: the peer on its own, relocated Chicory 1.4.0, xtp4j on
 * Chicory 1.7.5, and both on compiled code rather than the interpreter.
 */
final class Verification {
    /** Where the peer's Chicory was relocated to (see benchmarks/peer-chicory-sdk/pom.xml). */
    static final String PEER_CHICORY_PACKAGE = "dev.xtp4j.benchmarks.peer.shaded.chicory";

    private Verification() {}

    /**
     * Checks that the two Chicory versions are separate and as expected.
     *
     * @return a one-line description, e.g. for the benchmark log
     * @throws IllegalStateException if the classpath is not as expected
     */
    static String checkChicoryVersions() {
        String ours = properties("META-INF/maven/com.dylibso.chicory/runtime/pom.properties").getProperty("version");
        Properties peer = properties("dev/xtp4j/benchmarks/peer/chicory-sdk.properties");
        String peerVersion = peer.getProperty("chicory.version");
        // The SDK's classes must link against the relocated Chicory, not against ours.
        Class<?> peerInstance;
        try {
            peerInstance = org.extism.sdk.chicory.Plugin.class.getDeclaredField("mainInstance").getType();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("chicory-sdk's Plugin has no mainInstance field: not 0.3.0?", e);
        }
        if (!peerInstance.getName().equals(PEER_CHICORY_PACKAGE + ".runtime.Instance")) {
            throw new IllegalStateException("chicory-sdk links against " + peerInstance.getName()
                    + ", not the relocated Chicory in " + PEER_CHICORY_PACKAGE);
        }
        // An API probe: Instance.Builder.withTableFactory appeared in Chicory 1.7.4.
        boolean peerHasTableFactory = hasMethod(peerInstance, "withTableFactory");
        boolean oursHasTableFactory = hasMethod(com.dylibso.chicory.runtime.Instance.class, "withTableFactory");
        if (peerHasTableFactory || !oursHasTableFactory) {
            throw new IllegalStateException("unexpected Chicory APIs: the peer's Instance.Builder "
                    + (peerHasTableFactory ? "has" : "lacks") + " withTableFactory (1.7.4+), ours "
                    + (oursHasTableFactory ? "has" : "lacks") + " it");
        }
        if (!"1.4.0".equals(peerVersion) || ours == null || !ours.startsWith("1.7.")) {
            throw new IllegalStateException("unexpected Chicory versions: peer " + peerVersion + ", xtp4j " + ours);
        }
        return "xtp4j on Chicory " + ours + "; chicory-sdk " + peer.getProperty("chicory-sdk.version")
                + " on Chicory " + peerVersion + " (relocated to " + PEER_CHICORY_PACKAGE + ")";
    }

    /**
     * Checks that an instance runs its main module on the expected Chicory, with a compiled machine unless the
     * runtime is {@link PluginRuntime#CHICORY_SDK_INTERPRETER}.
     *
     * @param runtime the runtime's name
     * @param instance an instance that has made at least one call
     * @throws IllegalStateException if the guest runs on the wrong engine or the wrong Chicory
     */
    static void checkEngine(String runtime, PluginRuntime.Instance instance) {
        String machine = instance.machine();
        boolean interpreted = machine.endsWith(".InterpreterMachine");
        if (interpreted != runtime.equals(PluginRuntime.CHICORY_SDK_INTERPRETER)) {
            throw new IllegalStateException(runtime + " runs the guest on the wrong engine (" + machine + ")");
        }
        boolean peer = !runtime.equals(PluginRuntime.XTP4J);
        if (peer != machine.startsWith(PEER_CHICORY_PACKAGE)) {
            throw new IllegalStateException(runtime + " runs on the wrong Chicory: " + machine);
        }
    }

    private static boolean hasMethod(Class<?> instanceClass, String name) {
        Class<?> builder = Arrays.stream(instanceClass.getDeclaredClasses())
                .filter(c -> c.getSimpleName().equals("Builder"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(instanceClass + " has no Builder"));
        return Arrays.stream(builder.getMethods()).anyMatch(m -> m.getName().equals(name));
    }

    private static Properties properties(String resource) {
        try (InputStream in = Verification.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
