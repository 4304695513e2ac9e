using System.Net;
using System.Net.Sockets;

namespace Kinerja.AppHost.Resources;

/// <summary>Asks the kernel for loopback ports nobody is listening on, so parallel runs never collide.</summary>
public static class FreePort
{
    private static readonly HashSet<int> Handed = [];

    public static int Next()
    {
        lock (Handed)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                // Erlang's distribution port is the AMQP port + 20000 by default; keep ours below that range.
                if (port < 45000 && Handed.Add(port))
                {
                    return port;
                }
            }
        }
    }

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
