import { T as useTranslations } from "./Base_BJdcTsvr.mjs";
// src/lib/owner.ts
function ownerOrganization(locale, siteUrl) {
	const t = useTranslations(locale);
	return {
		name: t("owner.name"),
		address: t("owner.address"),
		url: siteUrl
	};
}
export { ownerOrganization as t };
