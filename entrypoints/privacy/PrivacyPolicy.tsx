import { i18n } from '#i18n';

/**
 * The privacy policy the stores ask for, shipped inside the extension: what is stored, where, and
 * that nothing leaves the manager's computer (docs/architecture.md#rules: coaching data never enters the CRM page, no network, nothing lost).
 */
export function PrivacyPolicy() {
  const sections = ['stored', 'where', 'crm', 'network', 'permissions', 'control'] as const;
  return (
    <main className="privacy">
      <h1>{i18n.t('privacy.title')}</h1>
      <p>{i18n.t('privacy.summary')}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`}>
          <h2 id={`privacy-${section}`}>{i18n.t(`privacy.${section}.heading`)}</h2>
          <p>{i18n.t(`privacy.${section}.text`)}</p>
          {section === 'where' && <KeptFor />}
        </section>
      ))}
    </main>
  );
}

/** Each place CoachLens keeps something, and how long it stays; what "Delete all data" removes. */
function KeptFor() {
  const places = ['data', 'copies', 'summary', 'storage'] as const;
  return (
    <>
      <h3>{i18n.t('privacy.kept.heading')}</h3>
      <ul>
        {places.map((place) => (
          <li key={place}>{i18n.t(`privacy.kept.${place}`)}</li>
        ))}
      </ul>
      <p>{i18n.t('privacy.kept.deleteAll')}</p>
    </>
  );
}
