using Npgsql;

namespace Kinerja.Measurements.Storage;

/// <summary>Uploaded evidence files, kept in the service's database under their SHA-256 (the same file is stored once).</summary>
internal sealed class EvidenceFiles(NpgsqlDataSource database, TimeProvider clock)
{
    public async Task SaveAsync(Evidence.File file, byte[] content, string uploadedBy, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO measurements.evidence_files (sha256, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (sha256) DO NOTHING
            """);
        command.Parameters.AddWithValue(file.Sha256);
        command.Parameters.AddWithValue(file.FileName);
        command.Parameters.AddWithValue(file.ContentType);
        command.Parameters.AddWithValue(file.SizeBytes);
        command.Parameters.AddWithValue(content);
        command.Parameters.AddWithValue(uploadedBy);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The stored file's description, or null when nothing with this hash was uploaded.</summary>
    public async Task<Evidence.File?> FindAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT file_name, content_type, size_bytes FROM measurements.evidence_files WHERE sha256 = $1");
        command.Parameters.AddWithValue(sha256);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Evidence.File(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), sha256)
            : null;
    }

    public async Task<(Evidence.File File, byte[] Content)?> ReadAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT file_name, content_type, size_bytes, content FROM measurements.evidence_files WHERE sha256 = $1");
        command.Parameters.AddWithValue(sha256);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (new Evidence.File(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), sha256), reader.GetFieldValue<byte[]>(3))
            : null;
    }
}
