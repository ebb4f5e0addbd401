// The demo school's random source: a std::mt19937 with our own reductions, so one seed gives
// the same school with every standard library (the std:: distributions are not portable).
#pragma once

#include <QtGlobal>

#include <random>

namespace ejournal::server::demo {

class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}

    // A whole number in [0, n); n > 0.
    int below(int n) { return int(quint64(m_engine()) * quint64(n) >> 32); }
    // A whole number in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    // True with probability p.
    bool chance(double p) { return m_engine() < p * 4294967296.0; }
    // One element of a non-empty container.
    template<typename Container>
    const auto &pick(const Container &items) { return items[below(int(std::size(items)))]; }

private:
    std::mt19937 m_engine;
};

} // namespace ejournal::server::demo
