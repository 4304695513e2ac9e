using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Kinerja.EventStore.HashChain;

/// <summary>
/// The canonical encoding hashed into the chain, byte for byte what <c>event_store.event_digest</c> builds in SQL:
/// stream, version, type, data, metadata, recorded time (microseconds since 1970), each text length-prefixed.
/// An event's hash is SHA-256(previous hash ‖ encoding); a stream's first event chains from an empty hash.
/// The encoding is <see cref="Head"/> ‖ version ‖ <see cref="Tail"/>: the single-event append sends head and tail
/// ready-made, so PostgreSQL only joins them around the version it assigns and hashes (ADR 0040).
/// </summary>
internal static class EventDigest
{
    public static byte[] Chain(ReadOnlySpan<byte> previousHash, string streamId, long version, string type, string data, string metadata, DateTimeOffset recordedAt)
    {
        var head = Head(streamId);
        var tail = Tail(type, data, metadata, recordedAt);
        var buffer = new byte[previousHash.Length + head.Length + 8 + tail.Length];
        previousHash.CopyTo(buffer);
        head.CopyTo(buffer.AsSpan(previousHash.Length));
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(previousHash.Length + head.Length), version);
        tail.CopyTo(buffer.AsSpan(previousHash.Length + head.Length + 8));
        return SHA256.HashData(buffer);
    }

    /// <summary>The encoding before the version: the framed stream id.</summary>
    public static byte[] Head(string streamId)
    {
        var buffer = new Buffer(4 + Encoding.UTF8.GetMaxByteCount(streamId.Length));
        buffer.Framed(streamId);
        return buffer.ToArray();
    }

    /// <summary>The encoding after the version: framed type, data and metadata, then the time in microseconds.</summary>
    public static byte[] Tail(string type, string data, string metadata, DateTimeOffset recordedAt)
    {
        var buffer = new Buffer(3 * 4 + 8 + Encoding.UTF8.GetMaxByteCount(type.Length + data.Length + metadata.Length));
        buffer.Framed(type);
        buffer.Framed(data);
        buffer.Framed(metadata);
        buffer.Int64((recordedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);
        return buffer.ToArray();
    }

    private sealed class Buffer(int capacity)
    {
        private readonly byte[] _bytes = new byte[capacity];
        private int _length;

        public byte[] ToArray() => _bytes.AsSpan(0, _length).ToArray();

        public void Framed(string text)
        {
            var count = Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length + 4));
            BinaryPrimitives.WriteInt32BigEndian(_bytes.AsSpan(_length), count);
            _length += 4 + count;
        }

        public void Int64(long value)
        {
            BinaryPrimitives.WriteInt64BigEndian(_bytes.AsSpan(_length), value);
            _length += 8;
        }
    }
}
