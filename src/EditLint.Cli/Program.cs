using EditLint.Cli;

return CliApp.Run(args, CliEnvironment.FromConsole());
