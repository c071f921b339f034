#include "ui/docswidget.h"
#include "ui/theme.h"

#include "ui/docswebpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace ckx {

DocsWidget::DocsWidget(QWidget *parent) : QWidget(parent)
{
    m_back = new QToolButton(this);
    m_back->setText(QStringLiteral("◀"));
    m_back->setToolTip(tr("Back"));
    m_forward = new QToolButton(this);
    m_forward->setText(QStringLiteral("▶"));
    m_forward->setToolTip(tr("Forward"));
    m_home = new QToolButton(this);
    m_home->setText(tr("Home"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("docsAddress"));
    m_address->setPlaceholderText(tr("https://kubernetes.io/docs/…"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::color(Theme::Tone::Bad).name()));
    m_message->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_home);
    bar->addWidget(m_address, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_address, &QLineEdit::returnPressed, this, [this] {
        open(QUrl::fromUserInput(m_address->text()));
    });
    connect(m_home, &QToolButton::clicked, this, [this] {
        if (!m_prefixes.isEmpty())
            open(QUrl(m_prefixes.first()));
    });
}

DocsWidget::~DocsWidget()
{
    // The view, then its page, then the profile: the web engine insists on that order.
    delete m_view;
    delete m_page;
    delete m_profile;
}

void DocsWidget::setAllowedPrefixes(const QStringList &prefixes)
{
    m_prefixes = prefixes;
    if (m_page)
        m_page->setAllowedPrefixes(prefixes);
}

void DocsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_view) {
        ensureView();
        if (!m_prefixes.isEmpty())
            open(QUrl(m_prefixes.first()));
    }
}

void DocsWidget::ensureView()
{
    if (m_view)
        return;
    // An off-the-record profile: nothing the learner browses during an exam is written to disk.
    m_profile = new QWebEngineProfile(this);
    m_page = new DocsWebPage(m_profile, m_profile);
    m_page->setAllowedPrefixes(m_prefixes);
    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->removeItem(layout->itemAt(layout->count() - 1)); // the stretch that stood in for the view
    layout->addWidget(m_view, 1);
    connect(m_back, &QToolButton::clicked, m_view, &QWebEngineView::back);
    connect(m_forward, &QToolButton::clicked, m_view, &QWebEngineView::forward);
    connect(m_view, &QWebEngineView::urlChanged, this, [this](const QUrl &url) {
        m_address->setText(url.toString());
        m_back->setEnabled(m_view->history()->canGoBack());
        m_forward->setEnabled(m_view->history()->canGoForward());
    });
    connect(m_view, &QWebEngineView::loadStarted, m_message, &QLabel::hide);
    connect(m_page, &DocsWebPage::navigationRefused, this, [this](const QUrl &url) {
        m_message->setText(tr("%1 is not part of the documentation allowed during the exam.")
                               .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        m_message->show();
        Q_EMIT refused(url);
    });
}

void DocsWidget::open(const QUrl &url)
{
    ensureView();
    if (!DocsWebPage::isAllowed(url, m_prefixes)) {
        Q_EMIT m_page->navigationRefused(url);
        return;
    }
    m_view->setUrl(url);
}

} // namespace ckx
