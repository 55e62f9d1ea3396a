package dev.xtp4j.sdk.internal.wasi;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.spi.FileSystemProvider;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The operations of a {@link ConfinedFileSystem}: each one resolves its paths through the confinement check, refuses
 * changes to read-only views, and then runs on the host file system with the resolved paths.
 */
final class ConfinedFileSystemProvider extends FileSystemProvider {
    private static final Set<OpenOption> WRITES = Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND,
            StandardOpenOption.CREATE, StandardOpenOption.CREATE_NEW, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.DELETE_ON_CLOSE);

    private static ConfinedPath confined(Path path) {
        if (path instanceof ConfinedPath c) {
            return c;
        }
        throw new java.nio.file.ProviderMismatchException("not a confined path: " + path);
    }

    private static Path resolve(Path path, boolean followLinks) throws IOException {
        ConfinedPath c = confined(path);
        return c.getFileSystem().confine(c, followLinks);
    }

    private static Path resolveForWrite(Path path, boolean followLinks) throws IOException {
        ConfinedPath c = confined(path);
        c.getFileSystem().checkWritable(c);
        return c.getFileSystem().confine(c, followLinks);
    }

    private static boolean follows(Object[] options) {
        return !ConfinedPath.contains(options, LinkOption.NOFOLLOW_LINKS);
    }

    private static Path open(Path path, Set<? extends OpenOption> options) throws IOException {
        boolean writes = false;
        for (OpenOption option : options) {
            writes |= WRITES.contains(option);
        }
        boolean follow = !options.contains(LinkOption.NOFOLLOW_LINKS);
        return writes ? resolveForWrite(path, follow) : resolve(path, follow);
    }

    @Override
    public String getScheme() {
        return "xtp4j-confined";
    }

    @Override
    public java.nio.file.FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        throw new UnsupportedOperationException("confined file systems are created by the runtime");
    }

    @Override
    public java.nio.file.FileSystem getFileSystem(URI uri) {
        throw new UnsupportedOperationException("confined file systems are not addressable by URI");
    }

    @Override
    public Path getPath(URI uri) {
        throw new UnsupportedOperationException("confined file systems are not addressable by URI");
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
            FileAttribute<?>... attrs) throws IOException {
        return Files.newByteChannel(open(path, options), options, attrs);
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return FileChannel.open(open(path, options), options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        ConfinedPath c = confined(dir);
        DirectoryStream<Path> entries = Files.newDirectoryStream(resolve(dir, true));
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                Iterator<Path> inner = entries.iterator();
                return new Iterator<>() {
                    private Path next = advance();

                    private Path advance() {
                        while (inner.hasNext()) {
                            Path candidate = c.resolve(inner.next().getFileName().toString());
                            try {
                                if (filter == null || filter.accept(candidate)) {
                                    return candidate;
                                }
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                        return null;
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public Path next() {
                        if (next == null) {
                            throw new java.util.NoSuchElementException();
                        }
                        Path current = next;
                        next = advance();
                        return current;
                    }
                };
            }

            @Override
            public void close() throws IOException {
                entries.close();
            }
        };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        Files.createDirectory(resolveForWrite(dir, false), attrs);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        Path raw = target instanceof ConfinedPath c ? c.delegate() : target;
        Files.createSymbolicLink(resolveForWrite(link, false), raw, attrs);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        Files.createLink(resolveForWrite(link, false), resolve(existing, true));
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        Path target = Files.readSymbolicLink(resolve(link, false));
        return new ConfinedPath(confined(link).getFileSystem(), target);
    }

    @Override
    public void delete(Path path) throws IOException {
        Files.delete(resolveForWrite(path, false));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        Files.copy(resolve(source, follows(options)), resolveForWrite(target, false), options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        Files.move(resolveForWrite(source, false), resolveForWrite(target, false), options);
    }

    @Override
    public boolean isSameFile(Path path, Path other) throws IOException {
        return Files.isSameFile(resolve(path, true), resolve(other, true));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
        return Files.isHidden(resolve(path, true));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
        return Files.getFileStore(resolve(path, true));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        Path host = ConfinedPath.contains(modes, AccessMode.WRITE) ? resolveForWrite(path, true) : resolve(path, true);
        host.getFileSystem().provider().checkAccess(host, modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        ConfinedPath c = confined(path);
        Path host;
        try {
            host = resolve(path, follows(options));
        } catch (IOException e) {
            return null;
        }
        V view = Files.getFileAttributeView(host, type, options);
        if (view == null || !c.getFileSystem().readOnlyView()) {
            return view;
        }
        if (type == BasicFileAttributeView.class) {
            BasicFileAttributeView basic = (BasicFileAttributeView) view;
            return type.cast(new BasicFileAttributeView() {
                @Override
                public String name() {
                    return basic.name();
                }

                @Override
                public BasicFileAttributes readAttributes() throws IOException {
                    return basic.readAttributes();
                }

                @Override
                public void setTimes(FileTime modified, FileTime accessed, FileTime created) throws IOException {
                    c.getFileSystem().checkWritable(c);
                }
            });
        }
        return null;
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        return Files.readAttributes(resolve(path, follows(options)), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
            throws IOException {
        return Files.readAttributes(resolve(path, follows(options)), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        Files.setAttribute(resolveForWrite(path, follows(options)), attribute, value, options);
    }
}
