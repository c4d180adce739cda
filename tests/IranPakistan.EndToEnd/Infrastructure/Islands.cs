namespace IranPakistan.EndToEnd.Infrastructure;

/// <summary>
/// Interactive server islands are prerendered: until their circuit connects, an input or a change
/// reaches nobody. Tests repeat the user's action until its effect shows, never sleep for a guess.
/// </summary>
public static class Islands
{
    /// <summary>
    /// Does <paramref name="act"/>, then gives <paramref name="effect"/> (an auto-retrying assertion,
    /// passed its timeout in milliseconds) a second to pass; again and again until it passes or
    /// <paramref name="timeout"/> runs out, when the last failure is thrown.
    /// </summary>
    public static async Task RepeatUntilAsync(Func<Task> act, Func<float, Task> effect, TimeSpan? timeout = null)
    {
        const float attemptMilliseconds = 1_000;
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            await act();
            try
            {
                await effect(attemptMilliseconds);
                return;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
                // The circuit was not connected yet, so the action went nowhere: do it again.
            }
        }
    }
}
