#pragma once

#include <QSortFilterProxyModel>

namespace md {

// The models a person narrows a long list to: a search over name, id, vendor and provider (all
// words must match), a provider, and facts (scores, prices, free or priced, context window).
// It filters a ModelSelection (or any model with its roles) without copying anything.
class ModelFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelFilterProxy)

public:
    enum class Price { Any, Free, Priced };

    explicit ModelFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    // Matches the provider or the vendor; empty: any.
    void setProvider(const QString &provider);
    void setHasScores(bool only);
    void setHasPrice(bool only);
    void setPrice(Price price);
    void setMinContext(qint64 tokens);
    bool isFiltering() const;
    // The model ids shown, in source order.
    QStringList shownIds() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    QStringList m_words;
    QString m_provider;
    bool m_hasScores = false;
    bool m_hasPrice = false;
    Price m_price = Price::Any;
    qint64 m_minContext = 0;
};

} // namespace md
