// bpmn-moddle ships types for the BPMN elements but none for its entry point; what procmap calls of it.
declare module 'bpmn-moddle' {
  /** A BPMN model element, its properties as the BPMN meta-model names them. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export type ModdleElement = Record<string, any> & { id?: string; $type: string };

  /** Creates BPMN elements and writes them as XML. */
  export class BpmnModdle {
    create(type: string, properties?: Record<string, unknown>): ModdleElement;
    toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
    fromXML(xml: string, type?: string): Promise<{ rootElement: ModdleElement; warnings: unknown[] }>;
  }
}
