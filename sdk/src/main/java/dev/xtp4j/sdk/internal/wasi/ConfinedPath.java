package dev.xtp4j.sdk.internal.wasi;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;

/** A path of a {@link ConfinedFileSystem}: a host path whose file operations go through the confinement checks. */
final class ConfinedPath implements Path {
    private final ConfinedFileSystem fileSystem;
    private final Path delegate;

    ConfinedPath(ConfinedFileSystem fileSystem, Path delegate) {
        this.fileSystem = fileSystem;
        this.delegate = delegate;
    }

    /** The host path behind this one. */
    Path delegate() {
        return delegate;
    }

    private ConfinedPath wrap(Path path) {
        return path == null ? null : new ConfinedPath(fileSystem, path);
    }

    static Path unwrap(Path path) {
        if (path instanceof ConfinedPath confined) {
            return confined.delegate;
        }
        throw new ProviderMismatchException("not a confined path: " + path);
    }

    @Override
    public ConfinedFileSystem getFileSystem() {
        return fileSystem;
    }

    @Override
    public boolean isAbsolute() {
        return delegate.isAbsolute();
    }

    @Override
    public Path getRoot() {
        return wrap(delegate.getRoot());
    }

    @Override
    public Path getFileName() {
        return wrap(delegate.getFileName());
    }

    @Override
    public Path getParent() {
        return wrap(delegate.getParent());
    }

    @Override
    public int getNameCount() {
        return delegate.getNameCount();
    }

    @Override
    public Path getName(int index) {
        return wrap(delegate.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        return wrap(delegate.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
        return other instanceof ConfinedPath c && delegate.startsWith(c.delegate);
    }

    @Override
    public boolean endsWith(Path other) {
        return other instanceof ConfinedPath c && delegate.endsWith(c.delegate);
    }

    @Override
    public Path normalize() {
        return wrap(delegate.normalize());
    }

    @Override
    public Path resolve(Path other) {
        return wrap(delegate.resolve(unwrap(other)));
    }

    @Override
    public Path resolve(String other) {
        return wrap(delegate.resolve(other));
    }

    @Override
    public Path relativize(Path other) {
        return wrap(delegate.relativize(unwrap(other)));
    }

    @Override
    public URI toUri() {
        return delegate.toUri();
    }

    @Override
    public Path toAbsolutePath() {
        return wrap(delegate.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        return wrap(fileSystem.confine(this, !contains(options, LinkOption.NOFOLLOW_LINKS)));
    }

    @Override
    public File toFile() {
        throw new UnsupportedOperationException("confined paths have no java.io.File view");
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
        throw new UnsupportedOperationException("watching confined paths is not supported");
    }

    @Override
    public int compareTo(Path other) {
        return delegate.compareTo(unwrap(other));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfinedPath c && c.fileSystem == fileSystem && c.delegate.equals(delegate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(fileSystem), delegate);
    }

    @Override
    public String toString() {
        return delegate.toString();
    }

    static boolean contains(Object[] options, Object option) {
        for (Object o : options) {
            if (o == option) {
                return true;
            }
        }
        return false;
    }
}
