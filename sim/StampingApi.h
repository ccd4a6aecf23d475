#pragma once

#include "SimHttp.h"

namespace sim {

class PdfStamper;
class SimState;

// Part A of protocol.md: the real stamping API, paths and field names exactly as the service.
class StampingApi
{
public:
    StampingApi(SimState &state, const PdfStamper &stamper) : m_state(state), m_stamper(stamper) { }

    SimReply login(const SimRequest &request);
    SimReply saldopos(const SimRequest &request);
    SimReply jenisdoc(const SimRequest &request);
    SimReply upload(const SimRequest &request);
    SimReply serial(const SimRequest &request);
    SimReply stamp(const SimRequest &request);
    SimReply download(const SimRequest &request);
    SimReply snStatus(const SimRequest &request);
    // GET stampv2/chanel/sale/stamp/ext/{userId}: the account's serials, paged.
    SimReply serialList(const SimRequest &request, int userId);

    // Part A's way to say "overloaded" and "who are you?" (in the body, HTTP 200).
    static SimReply busy(int status, int retryAfter);
    static SimReply unauthorized();

private:
    QString authenticate(const SimRequest &request) const;

    SimState &m_state;
    const PdfStamper &m_stamper;
};

} // namespace sim
