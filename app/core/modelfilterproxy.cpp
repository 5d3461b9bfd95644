#include "modelfilterproxy.h"

#include "modelselection.h"

namespace md {

ModelFilterProxy::ModelFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ModelFilterProxy::changed()
{
    invalidateFilter();
}

void ModelFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    changed();
}

void ModelFilterProxy::setProvider(const QString &provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    changed();
}

void ModelFilterProxy::setHasScores(bool only)
{
    m_hasScores = only;
    changed();
}

void ModelFilterProxy::setHasPrice(bool only)
{
    m_hasPrice = only;
    changed();
}

void ModelFilterProxy::setPrice(Price price)
{
    m_price = price;
    changed();
}

void ModelFilterProxy::setMinContext(qint64 tokens)
{
    m_minContext = tokens;
    changed();
}

bool ModelFilterProxy::isFiltering() const
{
    return !m_words.isEmpty() || !m_provider.isEmpty() || m_hasScores || m_hasPrice || m_price != Price::Any ||
           m_minContext > 0;
}

QStringList ModelFilterProxy::shownIds() const
{
    QStringList ids;
    for (int r = 0; r < rowCount(); ++r)
        ids << index(r, 0).data(ModelSelection::ModelIdRole).toString();
    return ids;
}

bool ModelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_provider.isEmpty() && i.data(ModelSelection::ProviderRole).toString() != m_provider &&
        i.data(ModelSelection::VendorRole).toString() != m_provider)
        return false;
    if (m_hasScores && !i.data(ModelSelection::HasScoresRole).toBool())
        return false;
    const bool priced = i.data(ModelSelection::HasPriceRole).toBool();
    if (m_hasPrice && !priced)
        return false;
    const bool free = i.data(ModelSelection::IsFreeRole).toBool();
    if ((m_price == Price::Free && !free) || (m_price == Price::Priced && (!priced || free)))
        return false;
    if (m_minContext > 0 && i.data(ModelSelection::ContextWindowRole).toLongLong() < m_minContext)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = i.data(ModelSelection::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&text](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
}

} // namespace md
