namespace IncidentLang.Projects;

/// <summary>
/// The files a <see cref="ProjectLoader"/> reads: the disk (<see cref="Physical"/>), or a snapshot held in
/// memory under the paths the files would have on disk (<see cref="FromFiles"/>; <c>inc diff</c> reads a
/// git revision into one, so a revision loads exactly as a checkout of it would, without one).
/// </summary>
public abstract class ProjectFileSystem
{
    private protected ProjectFileSystem()
    {
    }

    public static ProjectFileSystem Physical { get; } = new PhysicalFileSystem();

    /// <summary>
    /// A snapshot of files by full path (a folder exists when it holds a file). Like the disk, folders
    /// named <c>node_modules</c>, <c>bin</c> or <c>obj</c> and hidden ones (named <c>.x</c>) are not searched.
    /// </summary>
    public static ProjectFileSystem FromFiles(IEnumerable<KeyValuePair<string, byte[]>> files) => new InMemoryFileSystem(files);

    internal abstract bool FileExists(string fullPath);

    internal abstract bool DirectoryExists(string fullPath);

    /// <summary>The <c>*.inc</c> files under a folder, recursively, ordered by path (ordinal).</summary>
    internal abstract IEnumerable<string> EnumerateIncFiles(string directory);

    internal abstract byte[] ReadAllBytes(string fullPath);

    /// <summary>The file's size in bytes, known without reading it (an oversized file is not read: INC0009).</summary>
    internal abstract long GetLength(string fullPath);

    /// <summary>Folders whose files are never compiled: package and build output.</summary>
    private protected static bool IsInSkippedFolder(string fullPath) =>
        fullPath.Split(Path.DirectorySeparatorChar).Any(part => part is "node_modules" or "bin" or "obj");

    private sealed class PhysicalFileSystem : ProjectFileSystem
    {
        internal override bool FileExists(string fullPath) => File.Exists(fullPath);

        internal override bool DirectoryExists(string fullPath) => Directory.Exists(fullPath);

        internal override IEnumerable<string> EnumerateIncFiles(string directory)
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseSensitive, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            return Directory.EnumerateFiles(directory, "*.inc", options).Where(f => !IsInSkippedFolder(f)).Order(StringComparer.Ordinal);
        }

        internal override byte[] ReadAllBytes(string fullPath) => File.ReadAllBytes(fullPath);

        internal override long GetLength(string fullPath) => new FileInfo(fullPath).Length;
    }

    private sealed class InMemoryFileSystem : ProjectFileSystem
    {
        private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
        private readonly HashSet<string> _directories = new(StringComparer.Ordinal);

        public InMemoryFileSystem(IEnumerable<KeyValuePair<string, byte[]>> files)
        {
            foreach (var (path, bytes) in files)
            {
                var full = Path.GetFullPath(path);
                _files[full] = bytes;
                for (var directory = Path.GetDirectoryName(full); directory is not null && _directories.Add(directory); directory = Path.GetDirectoryName(directory))
                {
                }
            }
        }

        internal override bool FileExists(string fullPath) => _files.ContainsKey(fullPath);

        internal override bool DirectoryExists(string fullPath) => _directories.Contains(Path.TrimEndingDirectorySeparator(fullPath));

        internal override IEnumerable<string> EnumerateIncFiles(string directory)
        {
            var trimmed = Path.TrimEndingDirectorySeparator(directory);
            var prefix = Path.EndsInDirectorySeparator(trimmed) ? trimmed : trimmed + Path.DirectorySeparatorChar;
            return _files.Keys
                .Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && f.EndsWith(".inc", StringComparison.Ordinal) && !IsInSkippedFolder(f)
                    && !f[prefix.Length..].Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .Order(StringComparer.Ordinal);
        }

        internal override byte[] ReadAllBytes(string fullPath) =>
            _files.TryGetValue(fullPath, out var bytes) ? bytes : throw new FileNotFoundException("No such file in the snapshot.", fullPath);

        internal override long GetLength(string fullPath) => ReadAllBytes(fullPath).LongLength;
    }
}
