using Microsoft.Azure.Cosmos;

namespace Wsp.Cli;

/// <summary>
/// The request units (RU) Cosmos DB charged so far: the sum of every response's request charge, so an import can report
/// what it consumed. <see cref="CountOn"/> adds the counting handler to the client <c>AddWspStore</c> builds.
/// </summary>
internal sealed class RequestCharges
{
    private long _milliUnits;

    public double Total => Interlocked.Read(ref _milliUnits) / 1000.0;

    public void Add(double charge) => Interlocked.Add(ref _milliUnits, (long)Math.Round(charge * 1000));

    public void CountOn(CosmosClientOptions options) => options.CustomHandlers.Add(new ChargeCountingHandler(this));

    private sealed class ChargeCountingHandler(RequestCharges charges) : RequestHandler
    {
        public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            charges.Add(response.Headers.RequestCharge);
            return response;
        }
    }
}
