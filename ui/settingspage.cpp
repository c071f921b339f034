#include "ui/settingspage.h"

#include "core/accountclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace ckx {

SettingsPage::SettingsPage(Config *config, QWidget *parent) : QWidget(parent), m_config(config)
{
    auto *title = new QLabel(tr("Settings"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);

    m_dockerHost = new QLineEdit(this);
    m_dockerHost->setPlaceholderText(tr("local engine (unix:///var/run/docker.sock or $DOCKER_HOST)"));
    m_cpus = new QSpinBox(this);
    m_cpus->setRange(1, qMax(1, QThread::idealThreadCount()) * 2);
    m_cpus->setSuffix(tr(" CPU"));
    m_memory = new QSpinBox(this);
    m_memory->setRange(512, 65536);
    m_memory->setSingleStep(512);
    m_memory->setSuffix(tr(" MB"));
    m_warmPool = new QSpinBox(this);
    m_warmPool->setRange(0, 2);
    m_warmPool->setSpecialValueText(tr("Off"));
    m_warmPool->setSuffix(tr(" prepared ahead"));
    m_warmPool->setToolTip(tr("An environment for the lab you are most likely to start next is prepared in the "
                              "background (when enough memory is free), so Start only runs the lab's setup."));
    m_imageSource = new QComboBox(this);
    m_imageSource->addItem(tr("Build locally (works offline)"), QStringLiteral("build"));
    m_imageSource->addItem(tr("Pull from a registry"), QStringLiteral("pull"));
    m_registry = new QLineEdit(this);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Exam (strict, like the real exam)"), QStringLiteral("exam"));
    m_mode->addItem(tr("Practice (pause, hints, per-question checks)"), QStringLiteral("practice"));
    m_questionFont = new QSpinBox(this);
    m_questionFont->setRange(8, 32);
    m_questionFont->setSuffix(tr(" pt"));
    m_terminalFont = new QSpinBox(this);
    m_terminalFont->setRange(8, 32);
    m_terminalFont->setSuffix(tr(" pt"));
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_server = new QLineEdit(this);
    m_docs = new QPlainTextEdit(this);
    m_docs->setMaximumHeight(110);
    m_docs->setToolTip(tr("One URL prefix per line. The Docs tab opens nothing else."));

    m_recordKeys = new QCheckBox(tr("Also record what I type"), this);
    m_recordKeys->setObjectName(QStringLiteral("recordKeystrokes"));
    m_recordKeys->setToolTip(tr("The terminal's output is always recorded for the replay on the Results page. "
                                "Keystrokes are off by default because they include any password you type."));

    auto *envBox = new QGroupBox(tr("Exam environment"), this);
    auto *env = new QFormLayout(envBox);
    env->addRow(tr("Docker host"), m_dockerHost);
    env->addRow(tr("CPUs per session"), m_cpus);
    env->addRow(tr("Memory per session"), m_memory);
    env->addRow(tr("Warm start"), m_warmPool);
    env->addRow(tr("Images"), m_imageSource);
    env->addRow(tr("Registry"), m_registry);

    auto *examBox = new QGroupBox(tr("Exam"), this);
    auto *exam = new QFormLayout(examBox);
    exam->addRow(tr("Default mode"), m_mode);
    exam->addRow(tr("Docs allowed in the Docs tab"), m_docs);
    exam->addRow(tr("Terminal recording"), m_recordKeys);

    auto *lookBox = new QGroupBox(tr("Appearance"), this);
    auto *look = new QFormLayout(lookBox);
    look->addRow(tr("Theme"), m_theme);
    look->addRow(tr("Question text size"), m_questionFont);
    look->addRow(tr("Terminal text size"), m_terminalFont);

    auto *accountBox = new QGroupBox(tr("Account"), this);
    auto *account = new QFormLayout(accountBox);
    account->addRow(tr("Companion server"), m_server);

    auto *reset = new QPushButton(tr("Restore defaults"), this);
    auto *where = new QLabel(tr("Saved as you type in %1").arg(m_config->fileName()), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setEnabled(false);

    auto *content = new QWidget;
    auto *cl = new QVBoxLayout(content);
    cl->addWidget(title);
    cl->addWidget(envBox);
    cl->addWidget(examBox);
    cl->addWidget(lookBox);
    cl->addWidget(accountBox);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(where, 1);
    bottom->addWidget(reset);
    cl->addLayout(bottom);
    cl->addStretch(1);
    content->setMaximumWidth(900);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    reload();
    bindLine(m_dockerHost, Config::Key::DockerHost);
    bindSpin(m_cpus, Config::Key::SessionCpus);
    bindSpin(m_memory, Config::Key::SessionMemoryMb);
    bindSpin(m_warmPool, Config::Key::WarmPoolSize);
    bindCombo(m_imageSource, Config::Key::ImageSource);
    bindLine(m_registry, Config::Key::ImageRegistry);
    bindCombo(m_mode, Config::Key::DefaultExamMode);
    bindSpin(m_questionFont, Config::Key::QuestionFontPt);
    bindSpin(m_terminalFont, Config::Key::TerminalFontPt);
    bindCombo(m_theme, Config::Key::Theme);
    connect(m_recordKeys, &QCheckBox::toggled, this,
            [this](bool on) { m_config->set(Config::Key::RecordKeystrokes, on); });
    bindLine(m_server, Config::Key::ServerUrl);
    // Said at once; the app reads the URL at its next start (ServerAccount) and refuses one that fails this check.
    const auto checkServer = [this] {
        const bool local = m_server->text().trimmed().isEmpty();
        const auto ok = AccountClient::validateServerUrl(m_server->text());
        m_server->setToolTip(local ? tr("Empty: CKX runs its own local server (test-mode checkout)")
                                   : ok ? tr("Used from the next start") : ok.error().message);
        m_server->setStyleSheet(local || ok ? QString() : QStringLiteral("QLineEdit { border: 1px solid #b00020; }"));
    };
    connect(m_server, &QLineEdit::textChanged, this, checkServer);
    checkServer();
    connect(m_docs, &QPlainTextEdit::textChanged, this, [this] {
        QStringList urls;
        for (const auto &line : m_docs->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QUrl u(line.trimmed());
            if (u.isValid() && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http")))
                urls << line.trimmed();
        }
        m_config->set(Config::Key::DocsAllowedUrls, urls);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        for (auto key : {Config::Key::DockerHost, Config::Key::SessionCpus, Config::Key::SessionMemoryMb, Config::Key::WarmPoolSize,
                         Config::Key::ImageSource, Config::Key::ImageRegistry, Config::Key::DefaultExamMode,
                         Config::Key::QuestionFontPt, Config::Key::TerminalFontPt, Config::Key::Theme,
                         Config::Key::ServerUrl, Config::Key::DocsAllowedUrls, Config::Key::RecordKeystrokes})
            m_config->reset(key);
        reload();
    });
}

void SettingsPage::reload()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_dockerHost), QSignalBlocker(m_cpus),
                                       QSignalBlocker(m_memory),     QSignalBlocker(m_warmPool), QSignalBlocker(m_imageSource),
                                       QSignalBlocker(m_registry),   QSignalBlocker(m_mode),
                                       QSignalBlocker(m_questionFont), QSignalBlocker(m_terminalFont),
                                       QSignalBlocker(m_theme),      QSignalBlocker(m_server),
                                       QSignalBlocker(m_docs),       QSignalBlocker(m_recordKeys)};
    m_dockerHost->setText(m_config->getString(Config::Key::DockerHost));
    m_cpus->setValue(m_config->getInt(Config::Key::SessionCpus));
    m_memory->setValue(m_config->getInt(Config::Key::SessionMemoryMb));
    m_warmPool->setValue(m_config->getInt(Config::Key::WarmPoolSize));
    m_imageSource->setCurrentIndex(qMax(0, m_imageSource->findData(m_config->getString(Config::Key::ImageSource))));
    m_registry->setText(m_config->getString(Config::Key::ImageRegistry));
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(m_config->getString(Config::Key::DefaultExamMode))));
    m_questionFont->setValue(m_config->getInt(Config::Key::QuestionFontPt));
    m_terminalFont->setValue(m_config->getInt(Config::Key::TerminalFontPt));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(m_config->getString(Config::Key::Theme))));
    m_server->setText(m_config->getString(Config::Key::ServerUrl));
    m_docs->setPlainText(m_config->getStringList(Config::Key::DocsAllowedUrls).join(QLatin1Char('\n')));
    m_recordKeys->setChecked(m_config->getBool(Config::Key::RecordKeystrokes));
    m_registry->setEnabled(m_imageSource->currentData().toString() == QLatin1String("pull"));
}

void SettingsPage::bindLine(QLineEdit *edit, Config::Key key)
{
    connect(edit, &QLineEdit::textChanged, this, [this, key](const QString &t) { m_config->set(key, t.trimmed()); });
}

void SettingsPage::bindSpin(QSpinBox *spin, Config::Key key)
{
    connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) { m_config->set(key, v); });
}

void SettingsPage::bindCombo(QComboBox *combo, Config::Key key)
{
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key] {
        m_config->set(key, combo->currentData());
        m_registry->setEnabled(m_imageSource->currentData().toString() == QLatin1String("pull"));
    });
}

} // namespace ckx
