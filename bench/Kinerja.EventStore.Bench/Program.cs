System.Console.WriteLine("The event store benchmark arrives with issue 3.");
