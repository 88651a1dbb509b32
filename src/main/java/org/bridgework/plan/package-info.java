/**
 * The printable repair plan: XHTML built from the model with every user string escaped, turned into a PDF
 * with an embedded font ({@link org.bridgework.plan.PlanPdf}); page images of that PDF for the preview
 * ({@link org.bridgework.plan.PdfPages} drawn into {@link org.bridgework.ui.plan.PlanPages}); and printing those same pages ({@link org.bridgework.plan.PlanPrinter}).
 * Used by the Plan view and by the {@code plan} and {@code print} commands; knows nothing of either.
 */
package org.bridgework.plan;
