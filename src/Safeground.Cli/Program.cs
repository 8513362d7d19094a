using Safeground.Cli;

return await SafegroundCli.RunAsync(args);
