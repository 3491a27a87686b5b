// Placeholder so the overview shell builds while the view is being written (issue 10).
export default function ReportView() {
  return null;
}
