/**
 * Mermaid settings for the two themes, shared by the build-time renderer and the in-browser
 * fallback so a diagram looks the same either way. No Node imports: the browser loads it too.
 */
export const DIAGRAM_THEMES = {
	light: { theme: 'default' },
	// Mermaid's dark theme puts edge labels in #ccc on #585858 (4.43:1), under the 4.5:1 WCAG AA
	// asks of text (axe color-contrast); on #333 they reach 7.9:1.
	dark: { theme: 'dark', themeVariables: { edgeLabelBackground: '#333333' } },
} as const;
