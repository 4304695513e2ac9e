using Npgsql;

using Kinerja.EventStore;

namespace Kinerja.Measurements.Storage;

/// <summary>Creates the read-model and evidence tables when the service starts; idempotent and safe across instances.</summary>
internal sealed class ReadModelSchema(NpgsqlDataSource database) : IHostedService
{
    private static readonly string Sql = """
        SELECT pg_advisory_xact_lock(640205);
        CREATE SCHEMA IF NOT EXISTS measurements;
        CREATE TABLE IF NOT EXISTS measurements.agreement_facts (
            agreement_id uuid NOT NULL, version bigint NOT NULL, type text NOT NULL, data jsonb NOT NULL,
            PRIMARY KEY (agreement_id, version));
        CREATE TABLE IF NOT EXISTS measurements.plans (
            agreement_id uuid PRIMARY KEY, region text NOT NULL, unit_id text NOT NULL, year int NOT NULL, plan text NOT NULL);
        CREATE INDEX IF NOT EXISTS plans_by_unit ON measurements.plans (region, unit_id, year);
        CREATE TABLE IF NOT EXISTS measurements.realisations (
            stream_id text PRIMARY KEY, agreement_id uuid NOT NULL, region text NOT NULL, unit_id text NOT NULL,
            period text NOT NULL, status text NOT NULL, version bigint NOT NULL, state text NOT NULL);
        CREATE INDEX IF NOT EXISTS realisations_by_region ON measurements.realisations (region, status);
        CREATE INDEX IF NOT EXISTS realisations_by_agreement ON measurements.realisations (agreement_id);
        CREATE TABLE IF NOT EXISTS measurements.evidence_files (
            sha256 text PRIMARY KEY, file_name text NOT NULL, content_type text NOT NULL, size_bytes bigint NOT NULL,
            content bytea NOT NULL, uploaded_by text NOT NULL, uploaded_at timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS measurements.evidence_regions (
            sha256 text NOT NULL, region text NOT NULL, PRIMARY KEY (sha256, region));
        """ + SchemaScript.PlainTextColumn("measurements", "plans", "plan")
          + SchemaScript.PlainTextColumn("measurements", "realisations", "state")
          + ClosingPeriod.ClosedPeriodGate.Schema;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SchemaScript.ApplyAsync(database, Sql, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
