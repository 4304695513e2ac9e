using System.Runtime.InteropServices;
using Kinerja.AppHost.Launching;
using Kinerja.ServiceDefaults.Auth;

var root = RepositoryRoot.Find();
LaunchOptions options;
try
{
    options = LaunchOptions.Parse(args, root);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LaunchOptions.Usage);
    return 2;
}

switch (options.Command)
{
    case "help":
        Console.WriteLine(LaunchOptions.Usage);
        return 0;
    case "token":
        var user = options.Rest.Count == 1 ? DemoUser.Find(options.Rest[0]) : null;
        if (user is null)
        {
            Console.Error.WriteLine($"Name one demo user: {string.Join(", ", DemoUser.All.Select(u => u.Subject))}");
            return 2;
        }
        Console.WriteLine(DevTokens.Issue(DevSigningKey.LoadOrCreate(options.DataDirectory), user));
        return 0;
}

using var stop = new CancellationTokenSource();
void RequestStop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);
return await new Launcher(options, root).RunAsync(stop.Token);
