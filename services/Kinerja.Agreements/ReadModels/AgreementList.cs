using Kinerja.Agreements.ApprovingRevision;
using Kinerja.Agreements.Closing;
using Kinerja.Agreements.Drafting;
using Kinerja.Agreements.Organisation.RegisteringRegion;
using Kinerja.Agreements.Returning;
using Kinerja.Agreements.Signing;
using Kinerja.Agreements.Submitting;
using Kinerja.Agreements.Verifying;
using Kinerja.Agreements.Withdrawing;
using Kinerja.EventStore;
using Npgsql;

namespace Kinerja.Agreements.ReadModels;

/// <summary>One row of the operators' agreement list.</summary>
internal sealed record AgreementRow(
    string Id, string Region, string? Unit, string UnitName, int Year, string Status,
    string ReceiverPositionId, string ReceiverPosition, string ReceiverName, string? ReceiverNip,
    int AgreementVersion, long Version, bool SignedLate);

/// <summary>Registered regions, for the region picker and for authorisation demos.</summary>
internal sealed record RegionRow(string Code, string Name, string HeadOfRegionTitle);

/// <summary>
/// The list rows and the registered regions, written in the append transaction so a command's answer and
/// the next query agree. The unique index makes "one version in force per receiver position and year" a
/// property of the database too, not only of the sign decision (two signings racing cannot both win).
/// </summary>
internal sealed class AgreementListProjection : IInlineProjection
{
    public const string Schema = """
        CREATE SCHEMA IF NOT EXISTS agreements;
        CREATE TABLE IF NOT EXISTS agreements.agreement_list (
            id text PRIMARY KEY,
            region text NOT NULL,
            unit text NULL,
            unit_name text NOT NULL,
            year int NOT NULL,
            status text NOT NULL,
            receiver_position_id text NOT NULL,
            receiver_position text NOT NULL,
            receiver_name text NOT NULL,
            receiver_nip text NULL,
            agreement_version int NOT NULL,
            version bigint NOT NULL,
            signed_late boolean NOT NULL DEFAULT false);
        CREATE INDEX IF NOT EXISTS agreement_list_region_year ON agreements.agreement_list (region, year);
        CREATE UNIQUE INDEX IF NOT EXISTS agreement_in_force_slot ON agreements.agreement_list (region, receiver_position_id, year) WHERE status = 'InForce';
        CREATE TABLE IF NOT EXISTS agreements.regions (code text PRIMARY KEY, name text NOT NULL, head_of_region_title text NOT NULL);
        """;

    public async Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        foreach (var stored in events)
        {
            var (sql, parameters) = stored.Data switch
            {
                AgreementDrafted e => ("""
                    INSERT INTO agreements.agreement_list (id, region, unit, unit_name, year, status, receiver_position_id, receiver_position, receiver_name, receiver_nip, agreement_version, version)
                    VALUES ($1, $2, $3, $4, $5, 'Draft', $6, $7, $8, $9, 1, $10)
                    """, new object?[] { e.Agreement.Value, e.Region.Value, e.Unit?.Value, e.Receiver.UnitName, e.Year.Value, e.Receiver.Position.Value, e.Receiver.PositionTitle, e.Receiver.Name, e.Receiver.Nip?.Value, stored.Version }),
                AgreementSubmitted e => Status(e.Agreement, nameof(AgreementStatus.Submitted), stored.Version),
                AgreementReturned e => Status(e.Agreement, nameof(AgreementStatus.Returned), stored.Version),
                AgreementVerified e => Status(e.Agreement, nameof(AgreementStatus.Verified), stored.Version),
                AgreementCameIntoForce e => ("UPDATE agreements.agreement_list SET status = 'InForce', signed_late = $2, version = $3 WHERE id = $1",
                    new object?[] { e.Agreement.Value, e.SignedLate, stored.Version }),
                RevisionApproved e => ("UPDATE agreements.agreement_list SET agreement_version = $2, version = $3 WHERE id = $1",
                    new object?[] { e.Agreement.Value, e.NewVersion, stored.Version }),
                AgreementClosed e => Status(e.Agreement, nameof(AgreementStatus.Closed), stored.Version),
                AgreementWithdrawn e => Status(e.Agreement, nameof(AgreementStatus.Withdrawn), stored.Version),
                EditingDraft.DraftEdited e => Status(e.Agreement, nameof(AgreementStatus.Draft), stored.Version),
                IAgreementEvent e => ("UPDATE agreements.agreement_list SET version = $2 WHERE id = $1", new object?[] { e.Agreement.Value, stored.Version }),
                RegionRegistered e => ("INSERT INTO agreements.regions (code, name, head_of_region_title) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING",
                    new object?[] { e.Region.Value, e.Name, e.HeadOfRegionTitle }),
                _ => ("", []),
            };
            if (sql.Length == 0)
            {
                continue;
            }
            await using var command = new NpgsqlCommand(sql, context.Connection, context.Transaction);
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static (string, object?[]) Status(AgreementId id, string status, long version) =>
        ("UPDATE agreements.agreement_list SET status = $2, version = $3 WHERE id = $1", [id.Value, status, version]);
}

/// <summary>Queries over the list rows.</summary>
internal sealed class AgreementQueries(EventStore.EventStore store) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => _dataSource?.DisposeAsync() ?? ValueTask.CompletedTask;

    private NpgsqlDataSource? _dataSource;

    private NpgsqlDataSource DataSource => _dataSource ??= NpgsqlDataSource.Create(store.Options.ConnectionString);

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await SchemaScript.ApplyAsync(DataSource, AgreementListProjection.Schema, cancellationToken);
    }

    /// <summary><paramref name="regions"/> and <paramref name="units"/> are the caller's scope (null: unrestricted); the rest are filters.</summary>
    public async Task<IReadOnlyList<AgreementRow>> SearchAsync(IReadOnlyCollection<string>? regions, IReadOnlyCollection<string>? units, string? region, string? unit, int? year, string? status, string? receiver, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand("""
            SELECT id, region, unit, unit_name, year, status, receiver_position_id, receiver_position, receiver_name, receiver_nip, agreement_version, version, signed_late
            FROM agreements.agreement_list
            WHERE ($1::text[] IS NULL OR region = ANY($1)) AND ($2::text IS NULL OR region = $2) AND ($3::text IS NULL OR unit = $3)
              AND ($4::int IS NULL OR year = $4) AND ($5::text IS NULL OR status = $5)
              AND ($6::text IS NULL OR receiver_name ILIKE '%' || $6 || '%' OR receiver_nip = $6 OR receiver_position_id = $6)
              AND ($7::text[] IS NULL OR unit = ANY($7))
            ORDER BY region, year DESC, unit_name, id
            LIMIT 1000
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)regions?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)region ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)unit ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)year ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)status ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)receiver ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)units?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<AgreementRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new AgreementRow(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                reader.GetInt32(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetInt32(10), reader.GetInt64(11), reader.GetBoolean(12)));
        }
        return rows;
    }

    /// <summary>Region → status → count, for ministry operators watching every region.</summary>
    public async Task<Dictionary<string, Dictionary<string, int>>> CountsAsync(int? year, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "SELECT region, status, count(*)::int FROM agreements.agreement_list WHERE ($1::int IS NULL OR year = $1) GROUP BY region, status ORDER BY region, status");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)year ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var region = reader.GetString(0);
            if (!counts.TryGetValue(region, out var byStatus))
            {
                counts[region] = byStatus = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            byStatus[reader.GetString(1)] = reader.GetInt32(2);
        }
        return counts;
    }

    /// <summary>The agreement in force for a receiver position and year, if any.</summary>
    public async Task<AgreementId?> InForceAsync(RegionCode region, PositionId position, FiscalYear year, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "SELECT id FROM agreements.agreement_list WHERE region = $1 AND receiver_position_id = $2 AND year = $3 AND status = 'InForce'");
        command.Parameters.AddWithValue(region.Value);
        command.Parameters.AddWithValue(position.Value);
        command.Parameters.AddWithValue(year.Value);
        return await command.ExecuteScalarAsync(cancellationToken) is string id ? AgreementId.From(id) : null;
    }

    /// <summary>Ids of a region's agreements of a year, for the performance tree and for last year's agreement of a position.</summary>
    public async Task<IReadOnlyList<AgreementId>> IdsAsync(RegionCode region, FiscalYear year, PositionId? position, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "SELECT id FROM agreements.agreement_list WHERE region = $1 AND year = $2 AND ($3::text IS NULL OR receiver_position_id = $3) ORDER BY id");
        command.Parameters.AddWithValue(region.Value);
        command.Parameters.AddWithValue(year.Value);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)position?.Value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<AgreementId>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(AgreementId.From(reader.GetString(0)));
        }
        return ids;
    }

    public async Task<IReadOnlyList<RegionRow>> RegionsAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand("SELECT code, name, head_of_region_title FROM agreements.regions ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<RegionRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new RegionRow(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        return rows;
    }
}
