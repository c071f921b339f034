#include "ui/accountpage.h"

#include "core/accountclient.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace ckx {

Q_LOGGING_CATEGORY(lcAccountPage, "ckx.ui.account")

namespace {

constexpr int kMaxPollTries = 40; // with the backoff cap, about half an hour

QString price(const api::PassType &t)
{
    const QString symbol = t.currency.toLower() == QStringLiteral("usd") ? QStringLiteral("$") : t.currency.toUpper() + u' ';
    return QStringLiteral("%1%2.%3").arg(symbol).arg(t.priceCents / 100).arg(t.priceCents % 100, 2, 10, QLatin1Char('0'));
}

QString remaining(qint64 secs)
{
    if (secs <= 0)
        return QStringLiteral("expired");
    const qint64 d = secs / 86400, h = (secs % 86400) / 3600, m = (secs % 3600) / 60, s = secs % 60;
    if (d > 0)
        return QStringLiteral("%1d %2h %3m %4s left").arg(d).arg(h).arg(m).arg(s);
    return QStringLiteral("%1:%2:%3 left").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QString hours(qint64 secs)
{
    return secs % 86400 == 0 ? QStringLiteral("%1 days").arg(secs / 86400) : QStringLiteral("%1 hours").arg(secs / 3600);
}

} // namespace

AccountPage::AccountPage(AccountClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    auto *outer = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Account</h2>"), this);
    outer->addWidget(title);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack, 1);
    outer->addWidget(m_message);

    // Signed out: email, password, and (for a new account) a name.
    auto *signedOut = new QWidget(m_stack);
    auto *form = new QFormLayout(signedOut);
    m_email = new QLineEdit(signedOut);
    m_email->setObjectName(QStringLiteral("accountEmail"));
    m_password = new QLineEdit(signedOut);
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_name = new QLineEdit(signedOut);
    m_name->setPlaceholderText(tr("only for a new account"));
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Your name"), m_name);
    auto *buttons = new QHBoxLayout;
    m_signIn = new QPushButton(tr("Sign in"), signedOut);
    m_signIn->setObjectName(QStringLiteral("accountSignIn"));
    m_signIn->setDefault(true);
    m_create = new QPushButton(tr("Create account"), signedOut);
    m_create->setObjectName(QStringLiteral("accountCreate"));
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_create);
    form->addRow(buttons);
    form->addRow(new QLabel(tr("Mock exams work without an account. Full labs need an active pass."), signedOut));
    m_stack->addWidget(signedOut);
    connect(m_signIn, &QPushButton::clicked, this, [this] { signIn(false); });
    connect(m_create, &QPushButton::clicked, this, [this] { signIn(true); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { signIn(false); });

    // Signed in: who, the pass types to buy, the passes owned.
    auto *signedIn = new QWidget(m_stack);
    auto *col = new QVBoxLayout(signedIn);
    auto *who = new QHBoxLayout;
    m_user = new QLabel(signedIn);
    m_user->setObjectName(QStringLiteral("accountUser"));
    auto *signOut = new QPushButton(tr("Sign out"), signedIn);
    signOut->setObjectName(QStringLiteral("accountSignOut"));
    who->addWidget(m_user, 1);
    who->addWidget(signOut);
    col->addLayout(who);
    col->addWidget(new QLabel(tr("<b>Passes for sale</b> (time starts when you activate a pass)"), signedIn));
    m_types = new QTreeWidget(signedIn);
    m_types->setObjectName(QStringLiteral("accountPassTypes"));
    m_types->setHeaderLabels({tr("Pass"), tr("Length"), tr("Price"), QString()});
    m_types->setRootIsDecorated(false);
    // The Buy buttons keep their own width; the pass's name takes the room.
    m_types->header()->setStretchLastSection(false);
    m_types->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_types->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    col->addWidget(m_types);
    col->addWidget(new QLabel(tr("<b>Your passes</b>"), signedIn));
    m_passes = new QTreeWidget(signedIn);
    m_passes->setObjectName(QStringLiteral("accountPasses"));
    m_passes->setHeaderLabels({tr("Pass"), tr("Status"), tr("Time")});
    m_passes->setRootIsDecorated(false);
    col->addWidget(m_passes, 1);
    m_activate = new QPushButton(tr("Activate"), signedIn);
    m_activate->setObjectName(QStringLiteral("accountActivate"));
    m_activate->setEnabled(false);
    col->addWidget(m_activate, 0, Qt::AlignRight);
    m_stack->addWidget(signedIn);
    connect(signOut, &QPushButton::clicked, this, [this] {
        m_client->logout(this, [this](Result<void> r) {
            if (!r)
                showMessage(r.error().message, true);
        });
    });
    connect(m_passes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_activate->setEnabled(item && item->data(1, Qt::UserRole).toString() == QStringLiteral("purchased"));
    });
    connect(m_activate, &QPushButton::clicked, this, &AccountPage::activateSelected);

    connect(m_client, &AccountClient::signedIn, this, [this](const api::UserProfile &u) {
        m_user->setText(tr("Signed in as <b>%1</b>").arg(u.email.toHtmlEscaped()));
        m_stack->setCurrentIndex(1);
        m_password->clear();
        refresh();
    });
    connect(m_client, &AccountClient::signedOut, this, [this](const QString &reason) {
        m_stack->setCurrentIndex(0);
        m_passList.clear();
        m_passes->clear();
        m_access = {};
        m_checkoutId.clear();
        m_poll.stop();
        Q_EMIT accessChanged(m_access);
        showMessage(reason.isEmpty() ? tr("Signed out.") : reason, !reason.isEmpty());
    });
    connect(m_client, &AccountClient::notice, this, [this](const QString &m) { showMessage(m, true); });

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &AccountPage::tick);
    m_countdown.start();
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &AccountPage::pollCheckout);
    // Back from the browser: ask at once rather than at the next backoff step.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
        if (s == Qt::ApplicationActive && !m_checkoutId.isEmpty())
            pollCheckout();
    });
    m_stack->setCurrentIndex(m_client->isSignedIn() ? 1 : 0);
}

void AccountPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    Q_EMIT message(text);
}

void AccountPage::signIn(bool create)
{
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showMessage(tr("Enter your email and a password."), true);
        return;
    }
    m_signIn->setEnabled(false);
    m_create->setEnabled(false);
    showMessage(create ? tr("Creating your account…") : tr("Signing in…"));
    auto done = [this](Result<api::UserProfile> u) {
        m_signIn->setEnabled(true);
        m_create->setEnabled(true);
        if (!u)
            showMessage(u.error().message, true);
        else
            showMessage(QString());
    };
    if (create)
        m_client->registerAccount(m_email->text(), m_password->text(), m_name->text(), this, done);
    else
        m_client->login(m_email->text(), m_password->text(), this, done);
}

void AccountPage::refresh()
{
    m_client->passTypes(this, [this](Result<QList<api::PassType>> types) {
        if (!types) {
            showMessage(types.error().message, true);
            return;
        }
        m_passTypes = *types;
        m_types->clear();
        for (const api::PassType &t : m_passTypes) {
            auto *item = new QTreeWidgetItem(m_types, {t.name, hours(t.durationSeconds), price(t)});
            auto *button = new QPushButton(tr("Buy"), m_types);
            button->setObjectName(QStringLiteral("buy-") + t.id);
            m_types->setItemWidget(item, 3, button);
            connect(button, &QPushButton::clicked, this, [this, id = t.id] { buy(id); });
        }
    });
    if (!m_client->isSignedIn())
        return;
    m_client->passes(this, [this](Result<QList<api::AccessPass>> passes) {
        if (!passes) {
            showMessage(passes.error().message, true);
            return;
        }
        m_passList = *passes;
        m_passesReadAt = QDateTime::currentSecsSinceEpoch();
        fillPasses();
    });
    m_client->accessStatus(this, [this](Result<api::AccessStatus> s) {
        if (!s)
            return;
        m_access = *s;
        Q_EMIT accessChanged(m_access);
    });
}

void AccountPage::fillPasses()
{
    const QString current = m_passes->currentItem() ? m_passes->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_passes->clear();
    for (const api::AccessPass &p : m_passList) {
        QString name = p.passTypeId;
        for (const auto &t : m_passTypes)
            if (t.id == p.passTypeId)
                name = t.name;
        auto *item = new QTreeWidgetItem(m_passes, {name, p.status, QString()});
        item->setData(0, Qt::UserRole, p.id);
        item->setData(1, Qt::UserRole, p.status);
        if (p.id == current)
            m_passes->setCurrentItem(item);
    }
    tick();
}

void AccountPage::tick()
{
    const qint64 elapsed = QDateTime::currentSecsSinceEpoch() - m_passesReadAt;
    for (int i = 0; i < m_passes->topLevelItemCount() && i < m_passList.size(); ++i) {
        const api::AccessPass &p = m_passList.at(i);
        QString text;
        if (p.status == QStringLiteral("active"))
            text = remaining(p.remainingSeconds - elapsed);
        else if (p.status == QStringLiteral("purchased"))
            text = tr("%1, starts when activated").arg(hours(p.durationSeconds));
        else
            text = tr("ended %1").arg(QDateTime::fromSecsSinceEpoch(p.expiresAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        m_passes->topLevelItem(i)->setText(2, text);
    }
}

void AccountPage::buy(const QString &passTypeId)
{
    if (m_buying)
        return; // the first click's request is still on its way
    if (m_checkoutKey.isEmpty() || m_checkoutType != passTypeId) {
        m_checkoutKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_checkoutType = passTypeId;
    }
    m_buying = true;
    showMessage(tr("Opening the checkout…"));
    m_client->call("POST", QStringLiteral("billing/checkout"), {{QStringLiteral("passTypeId"), passTypeId}}, this,
                   [this](Result<QJsonValue> r) {
                       m_buying = false;
                       if (!r) {
                           showMessage(r.error().message, true);
                           return;
                       }
                       const QJsonObject o = r->toObject();
                       const QString id = o.value(QStringLiteral("checkoutSessionId")).toString();
                       const QUrl url(o.value(QStringLiteral("url")).toString());
                       if (id.isEmpty() || !url.isValid()) {
                           showMessage(tr("The server's checkout answer has no session or URL."), true);
                           return;
                       }
                       const bool again = id == m_checkoutId;
                       m_checkoutId = id;
                       m_pollTries = 0;
                       showMessage(tr("Finish the payment in your browser; your pass shows up here as soon as it "
                                      "is paid."));
                       if (!again)
                           m_openUrl(url);
                       schedulePoll();
                   },
                   {{"Idempotency-Key", m_checkoutKey.toLatin1()}});
}

void AccountPage::schedulePoll()
{
    if (m_checkoutId.isEmpty() || m_pollTries >= kMaxPollTries) {
        if (!m_checkoutId.isEmpty())
            showMessage(tr("No payment seen yet. If you paid, the pass appears the next time CKX starts."));
        return;
    }
    // 2 s, 4 s, 8 s … capped at 60 s.
    m_poll.start(1000 * qMin(60, 2 << qMin(m_pollTries, 5)));
}

void AccountPage::pollCheckout()
{
    if (m_checkoutId.isEmpty() || !m_client->isSignedIn())
        return;
    m_poll.stop();
    ++m_pollTries;
    const QString id = m_checkoutId;
    m_client->call("GET", QStringLiteral("billing/verify/") + id, {}, this, [this, id](Result<QJsonValue> r) {
        if (id != m_checkoutId)
            return;
        if (r && !r->toObject().value(QStringLiteral("passId")).toString().isEmpty()) {
            qCInfo(lcAccountPage) << "checkout" << id << "paid";
            m_checkoutId.clear();
            m_checkoutKey.clear();
            showMessage(tr("Payment received: your pass is ready. Activate it when you want its time to start."));
            refresh();
            return;
        }
        if (!r && r.error().code.startsWith(QStringLiteral("billing.amount_mismatch"))) {
            showMessage(r.error().message, true);
            m_checkoutId.clear();
            return;
        }
        schedulePoll();
    });
}

void AccountPage::activateSelected()
{
    QTreeWidgetItem *item = m_passes->currentItem();
    if (!item)
        return;
    m_activate->setEnabled(false);
    m_client->activatePass(item->data(0, Qt::UserRole).toString(), this, [this](Result<api::AccessPass> p) {
        if (!p) {
            showMessage(p.error().message, true);
            m_activate->setEnabled(true);
            return;
        }
        showMessage(tr("Pass active: %1.").arg(remaining(p->remainingSeconds)));
        refresh();
    });
}

} // namespace ckx
