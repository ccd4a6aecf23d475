// WaitingRoomClient on arbitrary replies: a join, then polls, each a JSON object from the
// input (split at newlines), with times from its first bytes.
#include "FuzzInput.h"

#include "net/WaitingRoomClient.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bubuh::WaitingRoomClient room;
    room.queueRequired();
    qint64 now = 0;
    bool first = true;
    for (const QByteArray &line : fuzzBytes(data, size).split('\n')) {
        const QJsonObject reply = QJsonDocument::fromJson(line).object();
        now += line.size() * 997;
        if (first)
            room.joined(reply, now);
        else if (line.startsWith('!'))
            room.tooEarly(qint64(line.size()) << 40, now);
        else if (line.startsWith('?'))
            room.ticketLost();
        else
            room.polled(reply, now);
        first = false;
        room.next(now);
        room.nextPollMs();
        // Whatever a room says: a hold Bubuh may ask for, and a forecast that is never negative.
        const bubuh::WaitingRoomClient::Estimate e
            = room.estimate(now + (qint64(line.size()) << 20));
        if (room.pollWaitSeconds() < 0
            || room.pollWaitSeconds() > bubuh::WaitingRoomClient::kMaxLongPollSeconds
            || e.position < 0 || e.etaSeconds < 0)
            std::abort();
    }
    return 0;
}
