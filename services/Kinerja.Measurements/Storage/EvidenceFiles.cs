using Npgsql;

namespace Kinerja.Measurements.Storage;

/// <summary>
/// Uploaded evidence files, kept in the service's database under their SHA-256 (the same file is stored once). A file
/// belongs to the regions of those who uploaded it and of the realisations that cite it (<c>measurements.evidence_regions</c>),
/// and only callers covering one of those regions may download it.
/// </summary>
internal sealed class EvidenceFiles(NpgsqlDataSource database, TimeProvider clock)
{
    public async Task SaveAsync(Evidence.File file, byte[] content, Caller uploader, CancellationToken cancellationToken)
    {
        await using (var regions = database.CreateCommand(
            "INSERT INTO measurements.evidence_regions (sha256, region) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING"))
        {
            regions.Parameters.AddWithValue(file.Sha256);
            regions.Parameters.AddWithValue(uploader.Regions.ToArray());
            await regions.ExecuteNonQueryAsync(cancellationToken);
        }
        var uploadedBy = uploader.Subject;
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

    /// <summary>The regions the file belongs to (a <c>*</c> for an uploader who covers every region).</summary>
    public async Task<IReadOnlyList<string>> RegionsAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT region FROM measurements.evidence_regions WHERE sha256 = $1");
        command.Parameters.AddWithValue(sha256);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var regions = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            regions.Add(reader.GetString(0));
        }
        return regions;
    }

    /// <summary>Run in the append transaction: a realisation citing the file makes it readable in the realisation's region.</summary>
    public static async Task CiteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sha256, RegionCode region, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO measurements.evidence_regions (sha256, region) VALUES ($1, $2) ON CONFLICT DO NOTHING", connection, transaction);
        command.Parameters.AddWithValue(sha256);
        command.Parameters.AddWithValue(region.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
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
