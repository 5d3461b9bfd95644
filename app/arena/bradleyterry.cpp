#include "bradleyterry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace md::arena {

namespace {

// log(1 / (1 + e^-x)) without overflow.
double logSigmoid(double x)
{
    return x >= 0 ? -std::log1p(std::exp(-x)) : x - std::log1p(std::exp(x));
}

double sigmoid(double x)
{
    if (x >= 0)
        return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

double objective(const PairTable &table, const std::vector<double> &theta)
{
    double f = 0;
    for (const PairCounts &p : table.pairs) {
        const double d = theta[size_t(p.i)] - theta[size_t(p.j)];
        f += (p.winsI + 0.5 * p.ties) * logSigmoid(d) + (p.winsJ + 0.5 * p.ties) * logSigmoid(-d);
    }
    for (const double t : theta)
        f -= 0.5 * BradleyTerry::Prior * t * t;
    return f;
}

// Solves A x = b for a symmetric positive definite A (n×n, row-major) by Cholesky, in place. False when A is
// not positive definite (it always is here: the prior adds λ to the diagonal).
bool solveCholesky(std::vector<double> &a, std::vector<double> &b, size_t n)
{
    for (size_t k = 0; k < n; ++k) {
        double diag = a[k * n + k];
        for (size_t m = 0; m < k; ++m)
            diag -= a[k * n + m] * a[k * n + m];
        if (!(diag > 0))
            return false;
        diag = std::sqrt(diag);
        a[k * n + k] = diag;
        for (size_t r = k + 1; r < n; ++r) {
            double v = a[r * n + k];
            for (size_t m = 0; m < k; ++m)
                v -= a[r * n + m] * a[k * n + m];
            a[r * n + k] = v / diag;
        }
    }
    for (size_t r = 0; r < n; ++r) { // L y = b
        double v = b[r];
        for (size_t m = 0; m < r; ++m)
            v -= a[r * n + m] * b[m];
        b[r] = v / a[r * n + r];
    }
    for (size_t r = n; r-- > 0;) { // Lᵀ x = y
        double v = b[r];
        for (size_t m = r + 1; m < n; ++m)
            v -= a[m * n + r] * b[m];
        b[r] = v / a[r * n + r];
    }
    return true;
}

} // namespace

std::vector<double> BradleyTerry::fit(const PairTable &table, const std::vector<double> &start)
{
    const size_t n = size_t(table.models);
    std::vector<double> theta = start.size() == n ? start : std::vector<double>(n, 0.0);
    if (n == 0)
        return theta;
    std::vector<double> hessian(n * n);
    std::vector<double> step(n);
    std::vector<double> trial(n);
    double current = objective(table, theta);
    for (int iteration = 0; iteration < MaxIterations; ++iteration) {
        // Gradient and the negated Hessian of the penalised log-likelihood.
        std::fill(hessian.begin(), hessian.end(), 0.0);
        for (size_t k = 0; k < n; ++k) {
            step[k] = -Prior * theta[k];
            hessian[k * n + k] = Prior;
        }
        for (const PairCounts &p : table.pairs) {
            const size_t i = size_t(p.i);
            const size_t j = size_t(p.j);
            const double total = p.winsI + p.winsJ + p.ties;
            const double prob = sigmoid(theta[i] - theta[j]);
            const double g = p.winsI + 0.5 * p.ties - total * prob;
            const double w = total * prob * (1.0 - prob);
            step[i] += g;
            step[j] -= g;
            hessian[i * n + i] += w;
            hessian[j * n + j] += w;
            hessian[i * n + j] -= w;
            hessian[j * n + i] -= w;
        }
        double gradient = 0;
        for (const double g : step)
            gradient = std::max(gradient, std::abs(g));
        if (gradient < 1e-10 || !solveCholesky(hessian, step, n))
            break;
        // Damped: halve the step until the objective does not fall (Newton overshoots far from the optimum).
        double scale = 1.0;
        double next = current;
        for (int halving = 0; halving < 40; ++halving, scale *= 0.5) {
            for (size_t k = 0; k < n; ++k)
                trial[k] = theta[k] + scale * step[k];
            next = objective(table, trial);
            if (next >= current - 1e-12 * std::abs(current))
                break;
        }
        double moved = 0;
        for (size_t k = 0; k < n; ++k)
            moved = std::max(moved, std::abs(trial[k] - theta[k]));
        theta.swap(trial);
        current = next;
        if (moved < 1e-9)
            break;
    }
    return theta;
}

std::vector<double> BradleyTerry::toElo(const std::vector<double> &theta)
{
    if (theta.empty())
        return {};
    const double scale = 400.0 / std::numbers::ln10;
    double mean = 0;
    for (const double t : theta)
        mean += t;
    mean /= double(theta.size());
    std::vector<double> elo(theta.size());
    for (size_t k = 0; k < theta.size(); ++k)
        elo[k] = 1000.0 + scale * (theta[k] - mean);
    return elo;
}

} // namespace md::arena
