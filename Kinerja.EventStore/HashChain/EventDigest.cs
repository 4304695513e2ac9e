using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Kinerja.EventStore.HashChain;

/// <summary>
/// The canonical encoding hashed into the chain, byte for byte what <c>event_store.event_digest</c> builds in SQL:
/// stream, version, type, data, metadata, recorded time (microseconds since 1970), each text length-prefixed.
/// An event's hash is SHA-256(previous hash ‖ encoding); a stream's first event chains from an empty hash.
/// </summary>
internal static class EventDigest
{
    public static byte[] Chain(ReadOnlySpan<byte> previousHash, string streamId, long version, string type, string data, string metadata, DateTimeOffset recordedAt)
    {
        var buffer = new ArrayBufferWriterLite(previousHash.Length + 64 + (streamId.Length + type.Length + data.Length + metadata.Length) * 3);
        buffer.Write(previousHash);
        buffer.Framed(streamId);
        buffer.Int64(version);
        buffer.Framed(type);
        buffer.Framed(data);
        buffer.Framed(metadata);
        buffer.Int64((recordedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);
        return SHA256.HashData(buffer.Written);
    }

    private sealed class ArrayBufferWriterLite(int capacity)
    {
        private readonly byte[] _bytes = new byte[capacity];
        private int _length;

        public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(_bytes.AsSpan(_length));
            _length += bytes.Length;
        }

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
