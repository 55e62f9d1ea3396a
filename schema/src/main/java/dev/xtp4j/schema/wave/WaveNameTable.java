package dev.xtp4j.schema.wave;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked, two-way mapping between a set of XTP identifiers (the properties of one object, the values of one
 * enum) and WAVE labels, made with {@link WaveLabels#fromXtpIdentifier(String)}.
 *
 * <p>Building the table fails if two identifiers map to the same label ({@code userName} and {@code user_name} both
 * give {@code user-name}), so every label leads back to exactly one identifier. Immutable and thread-safe.
 *
 * <pre>{@code
 * WaveNameTable names = WaveNameTable.of(List.of("userName", "HTTPCode"));
 * names.toLabel("userName");       // "user-name"
 * names.toIdentifier("http-code"); // "HTTPCode"
 * }</pre>
 */
public final class WaveNameTable {

    private final Map<String, String> labelByIdentifier;
    private final Map<String, String> identifierByLabel;

    private WaveNameTable(Map<String, String> labelByIdentifier, Map<String, String> identifierByLabel) {
        this.labelByIdentifier = Collections.unmodifiableMap(labelByIdentifier);
        this.identifierByLabel = Collections.unmodifiableMap(identifierByLabel);
    }

    /**
     * Maps a set of XTP identifiers to labels. Repeated identifiers count once; the order of the table is the order
     * of first appearance.
     *
     * @param identifiers the identifiers
     * @return the table
     * @throws IllegalArgumentException if an identifier is not an XTP identifier or cannot become a label, or if two
     *                                  identifiers map to the same label (the message names both)
     */
    public static WaveNameTable of(Collection<String> identifiers) {
        Objects.requireNonNull(identifiers, "identifiers");
        Map<String, String> labelByIdentifier = new LinkedHashMap<>();
        Map<String, String> identifierByLabel = new LinkedHashMap<>();
        for (String identifier : identifiers) {
            if (labelByIdentifier.containsKey(identifier)) {
                continue;
            }
            String label = WaveLabels.fromXtpIdentifier(identifier);
            String previous = identifierByLabel.putIfAbsent(label, identifier);
            if (previous != null) {
                throw new IllegalArgumentException("XTP names \"" + previous + "\" and \"" + identifier
                        + "\" both map to the WAVE label \"" + label + "\"; rename one of them");
            }
            labelByIdentifier.put(identifier, label);
        }
        return new WaveNameTable(labelByIdentifier, identifierByLabel);
    }

    /**
     * Returns the label of an identifier.
     *
     * @param identifier an identifier of the table
     * @return its label
     * @throws IllegalArgumentException if the identifier is not in the table
     */
    public String toLabel(String identifier) {
        String label = labelByIdentifier.get(identifier);
        if (label == null) {
            throw new IllegalArgumentException("unknown XTP name \"" + identifier + "\"");
        }
        return label;
    }

    /**
     * Returns the identifier of a label.
     *
     * @param label a label of the table
     * @return its identifier
     * @throws IllegalArgumentException if the label is not in the table
     */
    public String toIdentifier(String label) {
        String identifier = identifierByLabel.get(label);
        if (identifier == null) {
            throw new IllegalArgumentException("unknown WAVE label \"" + label + "\"");
        }
        return identifier;
    }

    /**
     * Looks up the label of an identifier.
     *
     * @param identifier an identifier
     * @return its label, or empty if it is not in the table
     */
    public Optional<String> findLabel(String identifier) {
        return Optional.ofNullable(labelByIdentifier.get(identifier));
    }

    /**
     * Looks up the identifier of a label.
     *
     * @param label a label
     * @return its identifier, or empty if it is not in the table
     */
    public Optional<String> findIdentifier(String label) {
        return Optional.ofNullable(identifierByLabel.get(label));
    }

    /**
     * Returns the identifiers, in table order.
     *
     * @return the identifiers
     */
    public List<String> identifiers() {
        return List.copyOf(labelByIdentifier.keySet());
    }

    /**
     * Returns the labels, in table order.
     *
     * @return the labels
     */
    public List<String> labels() {
        return List.copyOf(labelByIdentifier.values());
    }

    /**
     * Returns the mapping from identifiers to labels, in table order.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> asMap() {
        return labelByIdentifier;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaveNameTable && labelByIdentifier.equals(((WaveNameTable) o).labelByIdentifier);
    }

    @Override
    public int hashCode() {
        return labelByIdentifier.hashCode();
    }

    @Override
    public String toString() {
        return "WaveNameTable" + labelByIdentifier;
    }
}
