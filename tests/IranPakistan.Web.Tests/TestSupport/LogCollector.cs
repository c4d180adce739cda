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
