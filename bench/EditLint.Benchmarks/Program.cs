using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/EditLint.Benchmarks -- --filter '*'   (all)
// dotnet run -c Release --project bench/EditLint.Benchmarks -- --filter '*Tokenize*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
