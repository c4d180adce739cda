using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace IranPakistan.Web.Tests.TestSupport;

/// <summary>
/// What a test host logged: registered as an <see cref="ILogEventSink"/> service, which Program's Serilog
/// configuration reads from the services (at Warning and above, as every test host logs).
/// </summary>
public sealed class LogCollector(ConcurrentQueue<LogEvent> logged) : ILogEventSink
{
    public void Emit(LogEvent logEvent) => logged.Enqueue(logEvent);
}

/// <summary>
/// The tests that read what a host logged run alone, after the others. Serilog's <c>AddSerilog</c> also sets
/// the process-wide <c>Log.Logger</c>, and a host that stops closes it; with other test hosts starting and
/// stopping in parallel, a host's own lines could go to another host's sinks or to none (a warm-up warning
/// was missing from its host's log twice in clean-clone CI runs, never when run alone).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostLogCollection
{
    public const string Name = "Reads a host's log";
}
