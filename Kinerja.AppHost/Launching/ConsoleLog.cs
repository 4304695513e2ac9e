namespace Kinerja.AppHost.Launching;

/// <summary>Every child's lines on one console, each prefixed with its process name (coloured on a terminal).</summary>
internal static class ConsoleLog
{
    private static readonly object Gate = new();
    private static readonly ConsoleColor[] Palette =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkYellow];
    private static readonly Dictionary<string, ConsoleColor> Colours = new(StringComparer.Ordinal);
    private static readonly bool UseColour = !Console.IsOutputRedirected;

    public static void Write(string name, string line)
    {
        lock (Gate)
        {
            if (UseColour)
            {
                if (!Colours.TryGetValue(name, out var colour))
                {
                    Colours[name] = colour = Palette[Colours.Count % Palette.Length];
                }
                Console.ForegroundColor = colour;
                Console.Write($"{name,-15}| ");
                Console.ResetColor();
                Console.WriteLine(line);
            }
            else
            {
                Console.WriteLine($"{name,-15}| {line}");
            }
        }
    }

    public static void Info(string line) => Write("apphost", line);
}
