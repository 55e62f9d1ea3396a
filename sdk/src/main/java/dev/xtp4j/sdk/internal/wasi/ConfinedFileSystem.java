package dev.xtp4j.sdk.internal.wasi;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.List;
import java.util.Set;

/**
 * A view of one host directory (an {@code allowed_paths} entry) that WASI can use but not escape.
 *
 * <p>Chicory's WASI already refuses absolute guest paths and {@code ..} that climbs out lexically. This view also
 * checks every file operation against the directory's real path, after following symbolic links, so a link inside
 * the directory that points outside it cannot be used to read or write there. A read-only view ({@code ro:}) refuses
 * every operation that would change the file system.
 *
 * <p>The checks resolve real paths before each operation; a concurrent host process that swaps a directory for a link
 * between check and use is out of scope (the guest itself cannot do that outside the directory).
 */
public final class ConfinedFileSystem extends FileSystem {
    private final ConfinedFileSystemProvider provider;
    private final Path root;
    private final Path realRoot;
    private final boolean readOnly;

    private ConfinedFileSystem(Path root, boolean readOnly) throws IOException {
        this.provider = new ConfinedFileSystemProvider();
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        this.readOnly = readOnly;
    }

    /**
     * A confined view of a host directory.
     *
     * @param directory the host directory
     * @param readOnly whether writes are refused
     * @return the directory's path in the confined view, to pass to WASI as a preopen
     * @throws IOException if the directory does not exist or cannot be resolved
     */
    public static Path open(Path directory, boolean readOnly) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "not a directory");
        }
        ConfinedFileSystem fs = new ConfinedFileSystem(directory, readOnly);
        return new ConfinedPath(fs, fs.root);
    }

    boolean readOnlyView() {
        return readOnly;
    }

    /**
     * Resolves a path to the host path an operation may use, or refuses it.
     *
     * @param path the confined path
     * @param followLinks whether the operation follows a final symbolic link
     * @return the host path, with symbolic links resolved as far as they exist
     * @throws IOException {@link AccessDeniedException} if the path leads outside the directory
     */
    Path confine(ConfinedPath path, boolean followLinks) throws IOException {
        Path host = clamp(path.delegate().toAbsolutePath());
        if (host == null) {
            throw escape(path);
        }
        Path real;
        if (followLinks && Files.exists(host)) {
            real = host.toRealPath();
        } else if (followLinks && Files.isSymbolicLink(host)) {
            // a dangling link: creating through it would create its target, wherever that is
            throw escape(path);
        } else {
            Path parent = host.getParent();
            if (host.equals(root) || parent == null) {
                real = realRoot;
            } else {
                if (!Files.exists(parent)) {
                    throw new NoSuchFileException(path.toString());
                }
                real = parent.toRealPath().resolve(host.getFileName());
            }
        }
        if (!real.startsWith(realRoot)) {
            throw escape(path);
        }
        return real;
    }

    /**
     * Normalises a host path inside the root the way a chroot does: {@code ..} at the root stays at the root (WASI
     * lists {@code ..} as an entry of every directory, the root included).
     *
     * @return the normalised path, or {@code null} if it is not under the root at all
     */
    private Path clamp(Path absolute) {
        Path base = absolute.startsWith(root) ? root : absolute.startsWith(realRoot) ? realRoot : null;
        if (base == null) {
            return null;
        }
        java.util.ArrayDeque<Path> names = new java.util.ArrayDeque<>();
        for (Path name : base.relativize(absolute)) {
            String n = name.toString();
            if (n.equals("..")) {
                names.pollLast();
            } else if (!n.isEmpty() && !n.equals(".")) {
                names.addLast(name);
            }
        }
        Path result = base;
        for (Path name : names) {
            result = result.resolve(name);
        }
        return result;
    }

    /**
     * Refuses a change to a read-only view.
     *
     * @param path what would change
     * @throws AccessDeniedException if this view is read-only
     */
    void checkWritable(Path path) throws AccessDeniedException {
        if (readOnly) {
            throw new AccessDeniedException(path.toString(), null, "read-only directory (ro: in allowed_paths)");
        }
    }

    private static AccessDeniedException escape(Path path) {
        return new AccessDeniedException(path.toString(), null, "outside the allowed paths");
    }

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        // nothing to release: the view holds no resources of its own
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public String getSeparator() {
        return root.getFileSystem().getSeparator();
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return List.of(new ConfinedPath(this, root));
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return root.getFileSystem().getFileStores();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return root.getFileSystem().supportedFileAttributeViews();
    }

    @Override
    public Path getPath(String first, String... more) {
        return new ConfinedPath(this, root.getFileSystem().getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        PathMatcher matcher = root.getFileSystem().getPathMatcher(syntaxAndPattern);
        return path -> matcher.matches(ConfinedPath.unwrap(path));
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException("user lookups are not available to plugins");
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException("watching is not available to plugins");
    }
}
